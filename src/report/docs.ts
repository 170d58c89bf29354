/** Where each rule's documentation lives, for links in the summary, annotations and SARIF. */
export const REPOSITORY_URL = 'https://github.com/procfile-lint/procfile-lint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
