// The types of libraries.cjs: each library's own, as its ES build declares them.
export declare function python(): typeof import('@lezer/python', { with: { 'resolution-mode': 'import' } });
export declare function toml(): typeof import('smol-toml', { with: { 'resolution-mode': 'import' } });
export declare function yaml(): typeof import('yaml', { with: { 'resolution-mode': 'import' } });
export declare function jsonc(): typeof import('jsonc-parser', { with: { 'resolution-mode': 'import' } });
export declare function semver(): typeof import('semver', { with: { 'resolution-mode': 'import' } });
