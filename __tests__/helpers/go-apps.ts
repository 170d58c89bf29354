/** Small Go apps the Go build tests share. */

/** heroku/go-getting-started: one main package at the module root. */
export const goGettingStarted: Readonly<Record<string, string>> = {
  'go.mod': 'module github.com/heroku/go-getting-started\n\ngo 1.22\n',
  'main.go': 'package main\n\nfunc main() {}\n',
};
