/**
 * The write token a visitor typed in (`CSI_WRITE_TOKEN` of a dashboard running on another computer),
 * kept for this browser tab only and sent with writes as `Authorization: Bearer <token>`.
 */
const KEY = "csi-write-token";

/** The token for this tab, if one was given. */
export function readWriteToken(): string | undefined {
  try {
    return window.sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked: writes go without a token
  }
}

/** Keeps `token` for this tab; an empty token forgets it. */
export function storeWriteToken(token: string): void {
  try {
    if (token.trim() === "") window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, token.trim());
  } catch {
    // storage blocked: nothing to keep
  }
}
