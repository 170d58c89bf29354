// The smallest action there is on @actions/core: import it and write one line. bench/run.mjs bundles it with ncc,
// as dist/ is bundled, and runs it beside the real action: the part of the action's start-up that any action built
// on @actions/core pays, whatever it does.
import * as core from '@actions/core';

core.info('floor');
