//! The one handle type through which every heap object is reached.
//!
//! Today it is reference counting (`Rc`): an object is freed when its last
//! handle goes. Everything else in the VM names `Ref<T>`, never `Rc<T>`, so
//! that the memory strategy (a cycle collector, an arena) can change here.

use std::rc::Rc;

/// A shared handle to a heap object of type `T`.
pub type Ref<T> = Rc<T>;

/// Makes a new heap object and returns its handle.
#[inline]
pub fn alloc<T>(value: T) -> Ref<T> {
    Rc::new(value)
}

/// Whether two handles name the same object (Python's `is`).
#[inline]
pub fn same<T: ?Sized>(a: &Ref<T>, b: &Ref<T>) -> bool {
    Rc::ptr_eq(a, b)
}

/// A stable number for an object while it lives (Python's `id`).
#[inline]
pub fn address<T: ?Sized>(a: &Ref<T>) -> usize {
    Rc::as_ptr(a) as *const u8 as usize
}

/// A handle that does not keep its object alive (the loop's list of tasks).
pub type WeakRef<T> = std::rc::Weak<T>;

/// A weak handle to the object.
#[inline]
pub fn downgrade<T>(a: &Ref<T>) -> WeakRef<T> {
    Rc::downgrade(a)
}
