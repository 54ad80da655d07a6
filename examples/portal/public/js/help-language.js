// The language of the portal's help: a choice in the header that calls `Situ('locale', code)`,
// remembered in this browser. The portal itself is in English; its help is in English and Dutch
// (examples/portal/help, compiled by `situ build` into one file per language).

const win = window;
win.Situ = win.Situ || function () { (win.Situ.q = win.Situ.q || []).push(arguments); };

const KEY = 'northwind:help-language';
const LANGUAGES = [['en', 'English'], ['nl', 'Nederlands']];

const stored = () => {
  try {
    return win.localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: the choice lasts the page
  }
};

const chosen = LANGUAGES.some(([code]) => code === stored()) ? stored() : 'en';
if (chosen !== 'en') win.Situ('locale', chosen);

const label = document.createElement('label');
label.className = 'help-language';
label.append('Help in ');
const select = document.createElement('select');
select.id = 'help-language';
for (const [code, name] of LANGUAGES) select.append(new Option(name, code, false, code === chosen));
select.addEventListener('change', () => {
  win.Situ('locale', select.value);
  try {
    win.localStorage.setItem(KEY, select.value);
  } catch {
    // as above
  }
});
label.append(select);
document.querySelector('.header-inner')?.append(label);
