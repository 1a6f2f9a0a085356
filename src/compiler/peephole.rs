//! Superinstructions: pairs of instructions that hot code runs together,
//! fused into one dispatch.
//!
//! A fused instruction replaces the first of its pair and reads the operand
//! of the second, which stays in place and is skipped. So no instruction
//! moves: jumps, exception handlers and source spans keep their indices,
//! and a jump that lands on the second instruction runs it alone.

use super::code::Op;

/// Fuses the runs of `ops` that have a superinstruction. A fused
/// instruction whose fast case does not apply (a local that is not an int,
/// say) does the work of its first instruction alone and goes on with the
/// second, so the others stay correct wherever a jump lands.
pub fn fuse(ops: &mut [Op]) {
    // Comparisons first: the local ones below end with a fused one.
    for i in 0..ops.len().saturating_sub(1) {
        if let (Op::Compare(c), Op::PopJumpIfFalse(_)) = (ops[i], ops[i + 1]) {
            ops[i] = Op::CompareJump(c);
        }
    }
    for i in 0..ops.len().saturating_sub(1) {
        let Op::LoadFast(s) = ops[i] else {
            continue;
        };
        let third = ops.get(i + 2).copied();
        ops[i] = match (ops[i + 1], third) {
            (Op::LoadInt(_), Some(Op::Binary(_) | Op::InPlace(_))) => Op::FastIntBinary(s),
            (Op::LoadInt(_), Some(Op::CompareJump(_))) => Op::FastIntCompareJump(s),
            (Op::LoadFast(_), Some(Op::Binary(_) | Op::InPlace(_))) => Op::FastFastBinary(s),
            (Op::LoadFast(_), Some(Op::CompareJump(_))) => Op::FastFastCompareJump(s),
            (Op::LoadAttr(_), _) => Op::LoadFastAttr(s),
            (Op::StoreAttr(_), _) => Op::StoreFastAttr(s),
            (Op::LoadMethod(_), _) => Op::LoadFastMethod(s),
            _ => Op::LoadFast(s),
        };
    }
    // After the runs that start with a local, which read their `LoadInt`.
    for i in 0..ops.len().saturating_sub(1) {
        if let (Op::LoadInt(k), Op::Binary(_) | Op::InPlace(_)) = (ops[i], ops[i + 1]) {
            ops[i] = Op::IntBinary(k);
        }
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

    #[test]
    fn fuses_local_arithmetic_and_comparison_runs() {
        use crate::syntax::ast::{BinOp, CmpOp};
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadInt(2),
            Op::Compare(CmpOp::Lt),
            Op::PopJumpIfFalse(9),
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Binary(BinOp::Add),
            Op::LoadFast(1),
            Op::LoadFast(0),
        ];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::FastIntCompareJump(0)));
        assert!(matches!(ops[2], Op::CompareJump(CmpOp::Lt)));
        assert!(matches!(ops[3], Op::PopJumpIfFalse(9)));
        assert!(matches!(ops[4], Op::FastFastBinary(0)));
        // The second local of a fused pair is left as it was.
        assert!(matches!(ops[5], Op::LoadFast(1)));
        assert!(matches!(ops[7], Op::LoadFast(1)));
    }
}
