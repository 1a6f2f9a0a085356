import notes_ns.inner.page
from notes_ns.inner import page

print(page.TEXT, page is notes_ns.inner.page)
print(notes_ns.__file__, notes_ns.__package__, len(notes_ns.__path__))
