//! Binding call arguments to a function's parameter slots, with Python's
//! error messages.

use super::exception::type_error;
use super::heap::Ref;
use super::ops::Key;
use super::value::{Function, PyResult, Str, Value};

/// Lays out a call's arguments as the parameter slots of `func` in place
/// on the stack, when that is simple: a plain function (no `*args` or
/// `**kwargs`) given at most its positional parameters, some by keyword
/// (`names`, the top values of the stack), with defaults for the rest.
/// The arguments start at `at`. Returns false, with the stack untouched,
/// when the call needs `bind` (and its errors).
pub fn bind_in_place(func: &Function, stack: &mut Vec<Value>, at: usize, names: &[Value]) -> bool {
    const MAX_KW: usize = 8;
    let code = &func.code;
    if code.has_varargs || code.has_varkw || !code.runs_on_call() || names.len() > MAX_KW {
        return false;
    }
    let (argc, kwonly) = (code.argcount as usize, code.kwonlycount as usize);
    let nparams = argc + kwonly;
    let given = stack.len() - at - names.len();
    if given > argc {
        return false;
    }
    // Where each keyword goes, and that every parameter gets a value.
    let mut to = [0usize; MAX_KW];
    for (j, name) in names.iter().enumerate() {
        let Value::Str(name) = name else {
            return false;
        };
        let Some(i) = code.slot_names[..nparams]
            .iter()
            .position(|n| **n == *name.text)
        else {
            return false;
        };
        if i < code.posonlycount as usize || i < given || to[..j].contains(&i) {
            return false;
        }
        to[j] = i;
    }
    let first_default = argc - func.defaults.len().min(argc);
    let has_value = |i: usize| {
        i < given
            || to[..names.len()].contains(&i)
            || if i < argc {
                i >= first_default
            } else {
                func.kwdefaults.get(i - argc).is_some_and(Option::is_some)
            }
    };
    if !(given..nparams).all(has_value) {
        return false;
    }
    let mut values = [const { Value::Undef }; MAX_KW];
    for v in values[..names.len()].iter_mut().rev() {
        *v = stack.pop().unwrap_or_default();
    }
    stack.resize(at + nparams, Value::Undef);
    for (j, v) in values[..names.len()].iter_mut().enumerate() {
        stack[at + to[j]] = std::mem::take(v);
    }
    for i in given..nparams {
        if let Value::Undef = stack[at + i] {
            stack[at + i] = if i < argc {
                func.defaults[i - first_default].clone()
            } else {
                func.kwdefaults[i - argc].clone().unwrap_or_default()
            };
        }
    }
    true
}

/// Lays out the arguments of a call as the function's first slots:
/// positional parameters, keyword-only ones, `*args`, `**kwargs`.
pub fn bind(func: &Function, pos: &[Value], kw: &[(Ref<Str>, Value)]) -> PyResult<Vec<Value>> {
    let code = &func.code;
    let argc = code.argcount as usize;
    let kwonly = code.kwonlycount as usize;
    let name = &func.qualname.text;
    let mut slots = vec![Value::Undef; argc + kwonly];
    let given = pos.len();
    if given > argc && !code.has_varargs {
        return Err(too_many(func, given, kw.len()));
    }
    for (i, v) in pos.iter().take(argc).enumerate() {
        slots[i] = v.clone();
    }
    let varargs = if given > argc {
        pos[argc..].to_vec()
    } else {
        Default::default()
    };
    let mut extra: super::value::Map = Default::default();
    let mut posonly_as_kw = Vec::new();
    for (k, v) in kw {
        let found = code.slot_names[..argc + kwonly]
            .iter()
            .position(|n| **n == *k.text);
        match found {
            Some(i) if i < code.posonlycount as usize => {
                if code.has_varkw {
                    extra.insert(Key(Value::Str(k.clone())), v.clone());
                } else {
                    posonly_as_kw.push(k.text.to_string());
                }
            }
            Some(i) => {
                if !matches!(slots[i], Value::Undef) {
                    return type_error(format!(
                        "{name}() got multiple values for argument '{}'",
                        k.text
                    ));
                }
                slots[i] = v.clone();
            }
            None if code.has_varkw => {
                extra.insert(Key(Value::Str(k.clone())), v.clone());
            }
            None => {
                return type_error(format!(
                    "{name}() got an unexpected keyword argument '{}'",
                    k.text
                ));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        ));
    }
    // Defaults fill the last positional parameters.
    let ndefaults = func.defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate().take(argc) {
        if matches!(slot, Value::Undef) {
            if i + ndefaults >= argc {
                *slot = func.defaults[i + ndefaults - argc].clone();
            } else {
                missing.push(code.slot_names[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        return type_error(missing_message(name, &missing, "positional"));
    }
    for (j, slot) in slots.iter_mut().enumerate().skip(argc) {
        if matches!(slot, Value::Undef) {
            match func.kwdefaults.get(j - argc) {
                Some(Some(d)) => *slot = d.clone(),
                _ => missing.push(code.slot_names[j].to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return type_error(missing_message(name, &missing, "keyword-only"));
    }
    if code.has_varargs {
        slots.push(Value::tuple(varargs));
    }
    if code.has_varkw {
        slots.push(Value::dict(extra));
    }
    Ok(slots)
}

fn too_many(func: &Function, given: usize, nkw: usize) -> Ref<super::exception::Exception> {
    let code = &func.code;
    let argc = code.argcount as usize;
    let required = argc - func.defaults.len().min(argc);
    let takes = if required == argc {
        format!(
            "{argc} positional argument{}",
            if argc == 1 { "" } else { "s" }
        )
    } else {
        format!("from {required} to {argc} positional arguments")
    };
    let was = if given == 1 { "was" } else { "were" };
    let kw = if nkw > 0 {
        format!(
            " positional argument{} (and {nkw} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            if nkw == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let msg = if kw.is_empty() {
        format!(
            "{}() takes {takes} but {given} {was} given",
            func.qualname.text
        )
    } else {
        format!(
            "{}() takes {takes} but {given}{kw} were given",
            func.qualname.text
        )
    };
    super::exception::new_error(super::types::Builtin::TypeError, msg)
}

fn missing_message(name: &str, missing: &[String], kind: &str) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let n = missing.len();
    format!(
        "{name}() missing {n} required {kind} argument{}: {list}",
        if n == 1 { "" } else { "s" }
    )
}
