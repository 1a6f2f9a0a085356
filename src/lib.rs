//! Coro: a tiny scripting language with native async/await.

pub mod diagnostics;
pub mod fmt;
pub mod span;
pub mod syntax;
