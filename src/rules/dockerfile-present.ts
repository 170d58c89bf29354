import { quote } from '../engine/quote.js';
import { START_OF_FILE, type RepositoryRule } from './rule.js';

export const dockerfilePresent: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'dockerfile-present',
    description: 'A Dockerfile at the app root makes the platform build a Docker image and ignore the Procfile.',
    severity: { codecapsules: 'warning' },
    tags: ['language', 'discovery'],
  },
  *check({ discovery, detection, platform, hasProcfile }) {
    if (!detection.dockerfile || !platform.dockerfileReplacesProcfile || !hasProcfile || !discovery.procfile) return;
    yield {
      file: discovery.procfile,
      range: START_OF_FILE,
      message:
        `There is a Dockerfile beside ${quote(discovery.procfile)}, so ${platform.name} deploys this as a Docker capsule: ` +
        "it builds the image from the Dockerfile and starts its CMD, and this Procfile is ignored. Delete the Procfile, or " +
        'move the Dockerfile out of the app root to build with buildpacks.',
    };
  },
};
