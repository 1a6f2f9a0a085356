//! `format(value, spec)` and f-string fields for built-in values.

use crate::fmt::{FormatSpec, format_float, format_i64, format_int, format_str};
use crate::vm::exception::type_error;
use crate::vm::ops::num_error;
use crate::vm::repr::str_plain;
use crate::vm::types::type_name;
use crate::vm::value::*;

pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(str_plain(v));
    }
    let tname = type_name(v);
    let parsed = FormatSpec::parse(spec, &tname).map_err(num_error)?;
    match v {
        Value::Int(i) => format_i64(*i, &parsed).map_err(num_error),
        Value::Bool(b) => format_i64(*b as i64, &parsed).map_err(num_error),
        Value::BigInt(b) => format_int(b, &parsed).map_err(num_error),
        Value::Float(f) => format_float(*f, &parsed).map_err(num_error),
        Value::Str(s) => format_str(s.as_str(), &parsed).map_err(num_error),
        Value::None
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::Exception(_) => type_error(format!(
            "unsupported format string passed to {tname}.__format__"
        )),
        other => type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(other)
        )),
    }
}
