// The owner of a portfolio, as the CLI's `org OWNER` and the Action's `portfolio` input take it.

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isGitHubLogin(text: string): boolean {
  return LOGIN.test(text);
}
