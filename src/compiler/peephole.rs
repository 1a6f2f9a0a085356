//! Superinstructions: pairs of instructions that hot code runs together,
//! fused into one dispatch.
//!
//! A fused instruction replaces the first of its pair and reads the operand
//! of the second, which stays in place and is skipped. So no instruction
//! moves: jumps, exception handlers and source spans keep their indices,
//! and a jump that lands on the second instruction runs it alone.

use super::code::Op;

/// Fuses the pairs of `ops` that have a superinstruction.
pub fn fuse(ops: &mut [Op]) {
    for i in 0..ops.len().saturating_sub(1) {
        ops[i] = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(s), Op::LoadAttr(_)) => Op::LoadFastAttr(s),
            (Op::LoadFast(s), Op::StoreAttr(_)) => Op::StoreFastAttr(s),
            (Op::LoadFast(s), Op::LoadMethod(_)) => Op::LoadFastMethod(s),
            (Op::Compare(c), Op::PopJumpIfFalse(_)) => Op::CompareJump(c),
            (op, _) => op,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuses_a_local_with_the_attribute_after_it_and_keeps_every_index() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadAttr(3),
            Op::LoadFast(1),
            Op::LoadFast(0),
            Op::StoreAttr(4),
            Op::LoadFast(2),
        ];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::LoadFastAttr(0)));
        assert!(matches!(ops[1], Op::LoadAttr(3)));
        assert!(matches!(ops[2], Op::LoadFast(1)));
        assert!(matches!(ops[3], Op::StoreFastAttr(0)));
        assert!(matches!(ops[4], Op::StoreAttr(4)));
        assert!(matches!(ops[5], Op::LoadFast(2)));
    }
}
