//! Advancing the built-in iterators.

use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::Ref;
use crate::vm::ops;
use crate::vm::value::*;
use std::cell::RefCell;

/// The next item of an iterator, `None` when it is exhausted.
pub fn next(vm: &mut Vm, cell: &Ref<RefCell<Iter>>) -> PyResult<Option<Value>> {
    let mut it = cell.borrow_mut();
    if let Some(item) = it.next_simple() {
        return Ok(item);
    }
    let item = match &mut *it {
        Iter::Seq { .. } | Iter::Range { .. } => unreachable!("next_simple answers these"),
        Iter::Str { text, byte } => match text.text[*byte..].chars().next() {
            Some(c) => {
                *byte += c.len_utf8();
                Some(Value::str(c.to_string()))
            }
            None => None,
        },
        Iter::Dict {
            dict,
            index,
            kind,
            len,
        } => {
            let d = dict.borrow();
            if d.len() != *len {
                *len = d.len();
                return runtime_error("dictionary changed size during iteration");
            }
            let v = d.get_index(*index).map(|(k, v)| view_item(&k.0, v, *kind));
            *index += 1;
            v
        }
        Iter::Set { items, index, set } => {
            // Past the end (index > len) the iterator is exhausted for good.
            if *index > items.len() {
                return Ok(None);
            }
            if set.borrow().len() != items.len() {
                return runtime_error("Set changed size during iteration");
            }
            let v = items.get(*index).cloned();
            *index += 1;
            v
        }
        Iter::Reversed { seq, index } => {
            if *index == 0 {
                None
            } else {
                *index -= 1;
                match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Bytes(b) => b.get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                }
            }
        }
        Iter::GetItem { obj, index } => {
            let (obj, i) = (obj.clone(), *index);
            drop(it);
            return match vm.subscript(&obj, &Value::Int(i)) {
                Ok(v) => {
                    if let Iter::GetItem { index, .. } = &mut *cell.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if e.is(crate::vm::types::Builtin::IndexError)
                        || e.is(crate::vm::types::Builtin::StopIteration) =>
                {
                    *cell.borrow_mut() = Iter::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        Iter::Call { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(it);
            let v = vm.call_value(&func, vec![])?;
            if vm.eq(&v, &sentinel)? {
                *cell.borrow_mut() = Iter::Exhausted;
                return Ok(None);
            }
            return Ok(Some(v));
        }
        Iter::Enumerate { inner, count } => {
            let (inner, n) = (inner.clone(), count.clone());
            drop(it);
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let next_count = ops::binary(crate::syntax::ast::BinOp::Add, &n, &Value::Int(1))?;
            if let Iter::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                *count = next_count;
            }
            return Ok(Some(Value::tuple(vec![n, v])));
        }
        Iter::Zip { inners, strict } => {
            let (inners, strict) = (inners.clone(), *strict);
            drop(it);
            if inners.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(inners.len());
            for (i, inner) in inners.iter().enumerate() {
                match vm.next(inner)? {
                    Some(v) => out.push(v),
                    None => {
                        *cell.borrow_mut() = Iter::Exhausted;
                        if strict && i > 0 {
                            return value_error(format!(
                                "zip() argument {} is shorter than argument 1",
                                i + 1
                            ));
                        }
                        if strict && i == 0 {
                            for (j, other) in inners.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    return value_error(format!(
                                        "zip() argument {} is longer than argument 1",
                                        j + 1
                                    ));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            return Ok(Some(Value::tuple(out)));
        }
        Iter::Map { func, inners } => {
            let (func, inners) = (func.clone(), inners.clone());
            drop(it);
            let mut args = Vec::with_capacity(inners.len());
            for inner in &inners {
                match vm.next(inner)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            return vm.call_value(&func, args).map(Some);
        }
        Iter::Filter { func, inner } => {
            let (func, inner) = (func.clone(), inner.clone());
            drop(it);
            while let Some(v) = vm.next(&inner)? {
                let keep = if func.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call_value(&func, vec![v.clone()])?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            return Ok(None);
        }
        Iter::Exhausted => None,
    };
    if item.is_none() {
        *it = Iter::Exhausted;
    }
    Ok(item)
}

fn view_item(k: &Value, v: &Value, kind: DictView) -> Value {
    match kind {
        DictView::Keys => k.clone(),
        DictView::Values => v.clone(),
        DictView::Items => Value::tuple(vec![k.clone(), v.clone()]),
    }
}

/// The items a dict view shows now.
pub fn view_items(d: &Dict, kind: DictView) -> Vec<Value> {
    d.borrow()
        .iter()
        .map(|(k, v)| view_item(&k.0, v, kind))
        .collect()
}
