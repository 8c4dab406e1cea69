// storyline web UI: progressive enhancement only (every page works without this script).
// Compare page: hovering or focusing an aligned sentence highlights it and its counterpart(s).
document.addEventListener('DOMContentLoaded', () => {
  const partners = (el) =>
    (el.getAttribute('data-pair') || '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id))
      .filter(Boolean);
  const set = (el, on) => {
    el.classList.toggle('paired', on);
    for (const p of partners(el)) p.classList.toggle('paired', on);
  };
  for (const el of document.querySelectorAll('.sent.aligned')) {
    el.addEventListener('mouseenter', () => set(el, true));
    el.addEventListener('mouseleave', () => set(el, false));
    el.addEventListener('focus', () => set(el, true));
    el.addEventListener('blur', () => set(el, false));
  }
});
