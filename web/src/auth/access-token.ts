// The access token lives in memory; sessionStorage mirrors it so a reload keeps the tab signed in
// while closing the tab ends the session.
const storageKey = 'pdo.accessToken';

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

let accessToken: string | null = readStored();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  try {
    if (token === null) window.sessionStorage.removeItem(storageKey);
    else window.sessionStorage.setItem(storageKey, token);
  } catch {
    // Storage may be disabled (private mode); the in-memory token still works for this page.
  }
}
