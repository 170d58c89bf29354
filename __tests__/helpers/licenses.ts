/** Reads the licenses.txt that ncc writes beside a bundle, and checks each bundled package against an allow-list. */
import satisfies from 'spdx-satisfies';

/** Licences a package bundled into dist/ may have: permissive, no copyleft obligation on the action's users. */
export const ALLOWED_LICENSES = ['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD'] as const;

export interface BundledPackage {
  name: string;
  /** The SPDX expression from the package's `license` field, as ncc printed it ('' when it printed none). */
  license: string;
}

const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/**
 * ncc writes, for each package sorted by name, `name`, `license` (when known), the licence text (when found) and a
 * blank line. A licence text has blank lines of its own, so an entry starts at a line that follows a blank line (or
 * opens the file) and is a valid npm package name, which no line of prose is. An entry without a licence line takes
 * its text's first line as the licence, which is then no valid SPDX expression: it fails the check, never passes it.
 */
export function parseLicenses(text: string): BundledPackage[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const packages: BundledPackage[] = [];
  for (let i = 0; i < lines.length; i++) {
    const startsEntry = i === 0 || lines[i - 1] === '';
    const line = lines[i] as string;
    if (startsEntry && PACKAGE_NAME.test(line)) packages.push({ name: line, license: (lines[i + 1] ?? '').trim() });
  }
  return packages;
}

/** True when the expression can be satisfied with allowed licences alone (`MIT OR GPL-3.0` can; `MIT AND GPL-3.0` cannot). */
export function isAllowed(license: string, allowed: readonly string[] = ALLOWED_LICENSES): boolean {
  try {
    return satisfies(license, allowed);
  } catch {
    return false; // not an SPDX expression: 'UNLICENSED', 'SEE LICENSE IN …', licence prose, ''
  }
}

export function disallowedPackages(text: string, allowed: readonly string[] = ALLOWED_LICENSES): BundledPackage[] {
  return parseLicenses(text).filter((bundled) => !isAllowed(bundled.license, allowed));
}
