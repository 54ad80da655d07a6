import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';

/** The agent's session cookie: HttpOnly, SameSite=Strict, signed with a key made from the secret. */
export const SESSION_COOKIE = 'situ_agent';
/** How long a sign-in lasts. */
export const SESSION_SECONDS = 12 * 60 * 60;

const signingKey = (secret: string) => createHash('sha256').update(`situ-agent-session:${secret}`).digest('base64url');

/** Whether `given` is the secret, in constant time. */
export function isSecret(given: string, secret: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

/** Signs the agent in: the cookie holds when it was issued, signed; it is sent only to the agent pages. */
export async function startSession(c: Context, secret: string, path: string): Promise<void> {
  await setSignedCookie(c, SESSION_COOKIE, String(Date.now()), signingKey(secret), {
    path,
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: SESSION_SECONDS,
  });
}

/** Whether the request carries a valid, unexpired session. */
export async function hasSession(c: Context, secret: string): Promise<boolean> {
  const value = await getSignedCookie(c, signingKey(secret), SESSION_COOKIE);
  if (!value) return false;
  const age = Date.now() - Number(value);
  return Number.isFinite(age) && age >= 0 && age < SESSION_SECONDS * 1000;
}

/** Signs the agent out. */
export function endSession(c: Context, path: string): void {
  deleteCookie(c, SESSION_COOKIE, { path });
}
