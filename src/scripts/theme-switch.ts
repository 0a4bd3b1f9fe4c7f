// The colour-scheme switch in the page header. "system" removes the override so the CSS follows
// prefers-color-scheme again; "light"/"dark" pin it and are remembered across pages and visits.
// The saved choice is applied before first paint by the inline script in Report.astro.
export const THEME_STORAGE_KEY = "hub-likes-theme";
type Theme = "system" | "light" | "dark";

function readSaved(): Theme {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    // Storage can be blocked (private modes, strict settings); the switch still works per page.
    return "system";
  }
}

function apply(theme: Theme): void {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // See readSaved.
  }
}

for (const label of document.querySelectorAll<HTMLElement>("[data-theme-switch]")) {
  const select = label.querySelector("select");
  if (!select) continue;
  select.value = readSaved();
  select.addEventListener("change", () => apply(select.value as Theme));
  // Hidden in the HTML: without JavaScript the switch could do nothing.
  label.hidden = false;
}
