import { rakeTaskCommand } from '../../src/apps/rake.js';
import { scriptRunBy } from '../../src/apps/scripts.js';
import { invocationsOf } from '../../src/commands/invocation.js';
import { analyzeShell } from '../../src/commands/shell.js';
import { memoryAppFiles } from '../../src/engine/app-files.js';

const rakefile = [
  "require 'rake'",
  '',
  'desc "Start the web server"',
  'task :web do',
  '  sh "bundle exec puma -p $PORT"',
  'end',
  '',
  'namespace :jobs do',
  '  task work: :environment do |t|',
  "    system('bundle exec sidekiq -q default')",
  '  end',
  'end',
  '',
  'task :default => [:web]',
  '',
].join('\n');

describe('rakeTaskCommand', () => {
  const files = memoryAppFiles({ Rakefile: rakefile });

  it('finds the literal command of a task, and of a namespaced one, with its offset in the file', () => {
    const web = rakeTaskCommand(files, '', 'web');
    expect(web).toMatchObject({ file: 'Rakefile', text: 'bundle exec puma -p $PORT' });
    expect(rakefile.slice(web!.offset, web!.offset + web!.text.length)).toBe(web!.text);
    expect(rakeTaskCommand(files, '', 'jobs:work')).toMatchObject({ text: 'bundle exec sidekiq -q default' });
  });

  it('reads lib/tasks/*.rake, and the last call of the task', () => {
    const rake = 'task :serve do\n  sh "bin/rails db:migrate"\n  exec("bin/rails server")\nend\n';
    expect(rakeTaskCommand(memoryAppFiles({ Rakefile: '', 'lib/tasks/serve.rake': rake }), '', 'serve')).toMatchObject({
      file: 'lib/tasks/serve.rake',
      text: 'bin/rails server',
    });
  });

  it.each([
    ['an interpolated string', 'task :web do\n  sh "puma -p #{port}"\nend\n'],
    ['an escape', "task :web do\n  sh 'puma -p \\'3000\\''\nend\n"],
    ['a string built at run time', 'task :web do\n  sh "puma " + args\nend\n'],
    ['a call in a nested block', 'task :web do\n  Dir.chdir("api") do\n    sh "puma"\n  end\nend\n'],
    ['a task that only depends on others', 'task web: [:a, :b]\n'],
    ['another task', 'task :worker do\n  sh "sidekiq"\nend\n'],
  ])('follows nothing for %s', (_, text) => {
    expect(rakeTaskCommand(memoryAppFiles({ Rakefile: text }), '', 'web')).toBeNull();
  });

  it('needs a Rakefile', () => {
    expect(rakeTaskCommand(memoryAppFiles({ 'lib/tasks/web.rake': 'task :web do\n  sh "puma"\nend\n' }), '', 'web')).toBeNull();
  });
});

describe('scriptRunBy on rake', () => {
  const files = memoryAppFiles({ Rakefile: rakefile });
  const run = (command: string) => scriptRunBy(invocationsOf(analyzeShell(command))[0]!, files);

  it('follows `rake web` and `bundle exec rake jobs:work`, the default task, not options', () => {
    expect(run('bundle exec rake web')).toMatchObject({
      kind: 'rake-task',
      name: 'web',
      file: 'Rakefile',
      text: 'bundle exec puma -p $PORT',
    });
    expect(run('rake jobs:work RAILS_ENV=production')).toMatchObject({ name: 'jobs:work' });
    expect(run('rake')).toBeNull();
    expect(run('rake -f other.rake web')).toBeNull();
  });
});
