import { html } from 'hono/html';
import { layout, type Markup } from './layout';

/** The sign-in form: the agent secret, posted to `/agent/login`. */
export function loginPage(base: string, error?: string): Markup {
  const body = html`<h1>Sign in</h1>
<p>The contacts are for your team only. Enter the agent secret (<code>SITU_AGENT_SECRET</code>, or the one the receiver printed at its first start).</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form class="login" method="post" action="${base}/agent/login">
<input type="hidden" name="username" autocomplete="username" value="agent">
<label for="secret">Agent secret</label>
<input id="secret" name="secret" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form>`;
  return layout(base, 'Sign in', body, false);
}
