/**
 * The Go releases each Heroku-family builder can install (linux amd64), newest first, as its own lists name them.
 * Generated: `node scripts/refresh-runtime-tables.mjs --write` rewrites the rows (docs/runtime-tables.md).
 */
import type { BuilderFamily } from '../families.js';

export interface GoInventory {
  source: string;
  checked: string;
  /** Go release names (`go1.22.3`, `go1.20`, `go1.22rc1`), space-separated, newest first. */
  versions: string;
  /** heroku-buildpack-go data.json `VersionExpansion`: what a `go1.N` pin installs (one lookup, bin/compile `expandVer`). */
  expansion?: Readonly<Record<string, string>>;
}

export const GO_INVENTORIES: Readonly<Partial<Record<BuilderFamily, GoInventory>>> = {
  'heroku-classic': {
    source: 'heroku/heroku-buildpack-go files.json, data.json @ 1bc788f74bd8',
    checked: '2026-07-14',
    versions: 'go1.26.5 go1.26.4 go1.26.3 go1.26.2 go1.26.1 go1.26.0 go1.25.12 go1.25.11 go1.25.10 go1.25.9 go1.25.8 go1.25.7 go1.25.6 go1.25.5 go1.25.4 go1.25.3 go1.25.2 go1.25.1 go1.25.0 go1.25rc3 go1.24.13 go1.24.12 go1.24.11 go1.24.10 go1.24.9 go1.24.8 go1.24.7 go1.24.6 go1.24.5 go1.24.4 go1.24.3 go1.24.2 go1.24.1 go1.24.0 go1.23.12 go1.23.11 go1.23.10 go1.23.9 go1.23.8 go1.23.7 go1.23.6 go1.23.5 go1.23.4 go1.23.3 go1.23.2 go1.23.1 go1.23.0 go1.22.12 go1.22.11 go1.22.10 go1.22.9 go1.22.8 go1.22.7 go1.22.6 go1.22.5 go1.22.4 go1.22.3 go1.22.2 go1.22.1 go1.22.0 go1.22rc2 go1.22rc1 go1.21.13 go1.21.12 go1.21.11 go1.21.10 go1.21.9 go1.21.8 go1.21.7 go1.21.6 go1.21.5 go1.21.4 go1.21.3 go1.21.2 go1.21.1 go1.21.0 go1.20.14 go1.20.13 go1.20.12 go1.20.11 go1.20.10 go1.20.9 go1.20.8 go1.20.7 go1.20.6 go1.20.5 go1.20.4 go1.20.3 go1.20.2 go1.20.1 go1.20 go1.19.13 go1.19.12 go1.19.11 go1.19.10 go1.19.9 go1.19.8 go1.19.7 go1.19.6 go1.19.5 go1.19.4 go1.19.3 go1.19.2 go1.19.1 go1.19 go1.18.10 go1.18.9 go1.18.8 go1.18.7 go1.18.6 go1.18.5 go1.18.4 go1.18.3 go1.18.2 go1.18.1 go1.18 go1.17.13 go1.17.12 go1.17.11 go1.17.10 go1.17.9 go1.17.8 go1.17.7 go1.17.6 go1.17.5 go1.17.4 go1.17.3 go1.17.2 go1.17.1 go1.17 go1.16.15 go1.16.14 go1.16.13 go1.16.12 go1.16.11 go1.16.10 go1.16.9 go1.16.8 go1.16.7 go1.16.6 go1.16.5 go1.16.4 go1.16.3 go1.16.2 go1.16.1 go1.16 go1.16rc1 go1.15.15 go1.15.14 go1.15.13 go1.15.12 go1.15.11 go1.15.10 go1.15.9 go1.15.8 go1.15.7 go1.15.6 go1.15.5 go1.15.4 go1.15.3 go1.15.2 go1.15.1 go1.15 go1.14.15 go1.14.14 go1.14.13 go1.14.12 go1.14.11 go1.14.10 go1.14.9 go1.14.8 go1.14.7 go1.14.6 go1.14.5 go1.14.4 go1.14.3 go1.14.2 go1.14.1 go1.14 go1.14rc1 go1.14beta1 go1.13.15 go1.13.14 go1.13.13 go1.13.12 go1.13.11 go1.13.10 go1.13.9 go1.13.8 go1.13.7 go1.13.6 go1.13.5 go1.13.4 go1.13.3 go1.13.2 go1.13.1 go1.13 go1.13rc2 go1.13rc1 go1.13beta1 go1.12.17 go1.12.16 go1.12.15 go1.12.14 go1.12.13 go1.12.12 go1.12.11 go1.12.10 go1.12.9 go1.12.8 go1.12.7 go1.12.6 go1.12.5 go1.12.4 go1.12.3 go1.12.2 go1.12.1 go1.12 go1.12rc1 go1.12beta2 go1.12beta1 go1.11.13 go1.11.12 go1.11.11 go1.11.10 go1.11.9 go1.11.8 go1.11.7 go1.11.6 go1.11.5 go1.11.4 go1.11.3 go1.11.2 go1.11.1 go1.11 go1.11rc2 go1.11rc1 go1.11beta2 go1.11beta1',
    expansion: {
      'go1.26': 'go1.26.5',
      'go1.25': 'go1.25.12',
      'go1.24': 'go1.24.13',
      'go1.23': 'go1.23.12',
      'go1.22': 'go1.22.12',
      'go1.21': 'go1.21.13',
      'go1.20.0': 'go1.20',
      'go1.20': 'go1.20.14',
      'go1.19.0': 'go1.19',
      'go1.19': 'go1.19.13',
      'go1.18.0': 'go1.18',
      'go1.18': 'go1.18.10',
      'go1.17.0': 'go1.17',
      'go1.17': 'go1.17.13',
      'go1.16.0': 'go1.16',
      'go1.16': 'go1.16.15',
      'go1.15.0': 'go1.15',
      'go1.15': 'go1.15.15',
      'go1.14.0': 'go1.14',
      'go1.14': 'go1.14.15',
      'go1.13.0': 'go1.13',
      'go1.13': 'go1.13.15',
      'go1.12.0': 'go1.12',
      'go1.12': 'go1.12.17',
      'go1.11.0': 'go1.11',
      'go1.11': 'go1.11.13',
    },
  },
  'heroku-cnb': {
    source: 'heroku/buildpacks-go buildpacks/go/inventory.toml @ 5e28eebf417b',
    checked: '2026-08-20',
    versions: 'go1.27.0 go1.26.7 go1.26.6 go1.26.5 go1.26.4 go1.26.3 go1.26.2 go1.26.1 go1.26.0 go1.25.14 go1.25.13 go1.25.12 go1.25.11 go1.25.10 go1.25.9 go1.25.8 go1.25.7 go1.25.6 go1.25.5 go1.25.4 go1.25.3 go1.25.2 go1.25.1 go1.25.0 go1.24.13 go1.24.12 go1.24.11 go1.24.10 go1.24.9 go1.24.8 go1.24.7 go1.24.6 go1.24.5 go1.24.4 go1.24.3 go1.24.2 go1.24.1 go1.24.0 go1.23.12 go1.23.11 go1.23.10 go1.23.9 go1.23.8 go1.23.7 go1.23.6 go1.23.5 go1.23.4 go1.23.3 go1.23.2 go1.23.1 go1.23.0 go1.22.12 go1.22.11 go1.22.10 go1.22.9 go1.22.8 go1.22.7 go1.22.6 go1.22.5 go1.22.4 go1.22.3 go1.22.2 go1.22.1 go1.22.0 go1.21.13 go1.21.12 go1.21.11 go1.21.10 go1.21.9 go1.21.8 go1.21.7 go1.21.6 go1.21.5 go1.21.4 go1.21.3 go1.21.2 go1.21.1 go1.21.0 go1.20.14 go1.20.13 go1.20.12 go1.20.11 go1.20.10 go1.20.9 go1.20.8 go1.20.7 go1.20.6 go1.20.5 go1.20.4 go1.20.3 go1.20.2 go1.20.1 go1.20 go1.19.13 go1.19.12 go1.19.11 go1.19.10 go1.19.9 go1.19.8 go1.19.7 go1.19.6 go1.19.5 go1.19.4 go1.19.3 go1.19.2 go1.19.1 go1.19 go1.18.10 go1.18.9 go1.18.8 go1.18.7 go1.18.6 go1.18.5 go1.18.4 go1.18.3 go1.18.2 go1.18.1 go1.18 go1.17.13 go1.17.12 go1.17.11 go1.17.10 go1.17.9 go1.17.8 go1.17.7 go1.17.6 go1.17.5 go1.17.4 go1.17.3 go1.17.2 go1.17.1 go1.17 go1.16.15 go1.16.14 go1.16.13 go1.16.12 go1.16.11 go1.16.10 go1.16.9 go1.16.8 go1.16.7 go1.16.6 go1.16.5 go1.16.4 go1.16.3 go1.16.2 go1.16.1 go1.16 go1.15.15 go1.15.14 go1.15.13 go1.15.12 go1.15.11 go1.15.10 go1.15.9 go1.15.8 go1.15.7 go1.15.6 go1.15.5 go1.15.4 go1.15.3 go1.15.2 go1.15.1 go1.15 go1.14.15 go1.14.14 go1.14.13 go1.14.12 go1.14.11 go1.14.10 go1.14.9 go1.14.8 go1.14.7 go1.14.6 go1.14.5 go1.14.4 go1.14.3 go1.14.2 go1.14.1 go1.14 go1.13.15 go1.13.14 go1.13.13 go1.13.12 go1.13.11 go1.13.10 go1.13.9 go1.13.8 go1.13.7 go1.13.6 go1.13.5 go1.13.4 go1.13.3 go1.13.2 go1.13.1 go1.13 go1.12.17 go1.12.16 go1.12.15 go1.12.14 go1.12.13 go1.12.12 go1.12.11 go1.12.10 go1.12.9 go1.12.8 go1.12.7 go1.12.6 go1.12.5 go1.12.4 go1.12.3 go1.12.2 go1.12.1 go1.12 go1.11.13 go1.11.12 go1.11.11 go1.11.10 go1.11.9 go1.11.8 go1.11.7 go1.11.6 go1.11.5 go1.11.4 go1.11.3 go1.11.2 go1.11.1 go1.11',
  },
};
