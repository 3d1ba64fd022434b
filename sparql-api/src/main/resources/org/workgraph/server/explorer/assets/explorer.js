// The explorer's only script, and nothing depends on it: "/" jumps to the search box, and Ctrl+Enter (or
// Cmd+Enter) in the query box runs the query.
document.addEventListener('keydown', function (event) {
  var target = event.target;
  var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    var box = document.getElementById('nav-q');
    if (box) { event.preventDefault(); box.focus(); box.select(); }
  }
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && target && target.id === 'query' && target.form) {
    event.preventDefault();
    target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
  }
});
