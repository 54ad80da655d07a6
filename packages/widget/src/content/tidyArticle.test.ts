import { describe, expect, it } from 'vitest';
import { tidyArticle } from './tidyArticle';

function tidy(html: string, base = 'http://localhost:3000/billing/pay') {
  const el = document.createElement('div');
  el.innerHTML = html;
  tidyArticle(el, base, 'http://localhost:3000', '(opens in a new tab)');
  return el;
}

describe('tidyArticle', () => {
  it('turns a link with an unsafe or empty target into plain text', () => {
    const el = tidy('<p><a href="javascript:alert(1)">one</a> <a href="">two</a> <a>three</a> <a href="data:text/html,x">four</a></p>');
    expect(el.querySelectorAll('a')).toHaveLength(0);
    expect(el.textContent).toBe('one two three four');
  });

  it('marks links to other sites and keeps the site’s own', () => {
    const el = tidy('<a href="https://bank.example/help">bank</a><a href="/billing/pay">pay</a><a href="mailto:help@x.test">mail</a>');
    const [bank, pay, mail] = Array.from(el.querySelectorAll('a'));
    expect(bank!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(bank!.getAttribute('target')).toBe('_blank');
    expect(bank!.textContent).toBe('bank (opens in a new tab)');
    expect(pay!.hasAttribute('target')).toBe(false);
    expect(mail!.getAttribute('href')).toBe('mailto:help@x.test');
  });

  it('keeps images from http(s) sources only, and strips style and handlers', () => {
    const el = tidy(
      '<img src="/favicon.svg" alt="logo"><img src="javascript:alert(1)"><img src="data:image/svg+xml,x"><img><p style="color:red" onclick="x()">t</p>',
    );
    const images = Array.from(el.querySelectorAll('img'));
    expect(images.map((i) => i.getAttribute('src'))).toEqual(['http://localhost:3000/favicon.svg']);
    expect(images[0]!.getAttribute('loading')).toBe('lazy');
    expect(el.querySelector('p')!.getAttributeNames()).toEqual([]);
  });

  it("resolves a fetched article's images and files against its own URL, and leaves links to fragments alone", () => {
    const el = tidy(
      '<img src="meter.3f9a1c2e.svg" alt="m"><a href="guide.5d1e.pdf">guide</a><a href="#situ-article=payments%2Ffees">fees</a><a href="/account">account</a>',
      'http://localhost:3000/help/articles.en.json',
    );
    expect(el.querySelector('img')!.getAttribute('src')).toBe('http://localhost:3000/help/meter.3f9a1c2e.svg');
    expect(Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'http://localhost:3000/help/guide.5d1e.pdf',
      '#situ-article=payments%2Ffees',
      'http://localhost:3000/account',
    ]);
  });

  it("keeps a task list's disabled checkboxes and no other form control", () => {
    const el = tidy('<ul><li><input type="checkbox" disabled checked> done</li><li><input type="checkbox"> b</li><li><input type="text" disabled> c</li></ul>');
    expect(Array.from(el.querySelectorAll('input')).map((i) => i.outerHTML)).toEqual(['<input type="checkbox" disabled="" checked="">']);
  });

  it('shifts headings below the article title', () => {
    expect(tidy('<h1>a</h1><h2>b</h2><h5>c</h5>').innerHTML).toBe('<h3>a</h3><h3>b</h3><h6>c</h6>');
  });
});
