import { quote } from '../engine/quote.js';
import { START_OF_FILE, type RepositoryRule } from './rule.js';

/**
 * A Docker Capsule is a capsule type of its own, chosen when the capsule is created (codecapsules-io/docusaurus-docs
 * docs/backend/docker): a Dockerfile never makes a Backend Capsule ignore its Procfile, and buildpacks never read it.
 */
export const dockerfilePresent: RepositoryRule = {
  scope: 'repository',
  meta: {
    id: 'dockerfile-present',
    description: 'A Dockerfile sits beside the Procfile: a Docker deployment, if chosen, would not use the Procfile.',
    severity: { codecapsules: 'notice' },
    tags: ['discovery'],
  },
  *check({ discovery, detection, platform, hasProcfile }) {
    const alternative = platform.dockerfileAlternative;
    if (!detection.dockerfile || !alternative || !hasProcfile || !discovery.procfile) return;
    yield {
      file: discovery.procfile,
      range: START_OF_FILE,
      message:
        `There is a Dockerfile beside ${quote(discovery.procfile)}. A backend capsule builds with buildpacks and uses this ` +
        `Procfile; if the app is deployed as ${alternative} instead, ${platform.name} builds the Dockerfile and runs its CMD, ` +
        'and the Procfile is not used: make sure the Dockerfile starts the same command.',
    };
  },
};
