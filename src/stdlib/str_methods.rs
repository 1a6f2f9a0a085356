//! The methods of str.

use crate::vm::value::NativeFn;

pub const METHODS: &[(&str, NativeFn)] = &[];
