class VMError(Exception):
    def __init__(self, message, pc):
        super().__init__("pc=%d: %s" % (pc, message))
        self.pc = pc


class Instruction:
    def __init__(self, op, arg=None):
        self.op = op
        self.arg = arg

    def __repr__(self):
        return self.op if self.arg is None else "%s %r" % (self.op, self.arg)


def assemble(source):
    program = []
    labels = {}
    lines = [ln.split("#")[0].strip() for ln in source.strip().splitlines()]
    for ln in lines:
        if not ln:
            continue
        if ln.endswith(":"):
            labels[ln[:-1]] = len(program)
            continue
        parts = ln.split()
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        program.append(Instruction(parts[0].upper(), arg))
    for ins in program:
        if ins.op in ("JMP", "JZ", "CALL") and isinstance(ins.arg, str):
            ins.arg = labels[ins.arg]
    return program


class VM:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack = []
        self.calls = []
        self.vars = {}
        self.pc = 0
        self.output = []
        self.steps = 0
        self.trace = trace

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()

    def run(self, max_steps=10000):
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded", self.pc)
            ins = self.program[self.pc]
            self.pc += 1
            handler = getattr(self, "op_" + ins.op, None)
            if handler is None:
                raise VMError("unknown op " + ins.op, self.pc - 1)
            if ins.arg is None:
                handler()
            else:
                handler(ins.arg)
            if self.trace:
                print("   ", ins, self.stack)
        return self.output

    def op_PUSH(self, v): self.stack.append(v)
    def op_POP(self): self.pop()
    def op_DUP(self): self.stack.append(self.stack[-1])
    def op_SWAP(self):
        b, a = self.pop(), self.pop()
        self.stack += [b, a]
    def op_ADD(self): self.stack.append(self.pop() + self.pop())
    def op_MUL(self): self.stack.append(self.pop() * self.pop())
    def op_SUB(self):
        b, a = self.pop(), self.pop()
        self.stack.append(a - b)
    def op_DIV(self):
        b, a = self.pop(), self.pop()
        if b == 0:
            raise VMError("division by zero", self.pc - 1)
        self.stack.append(a // b)
    def op_LT(self):
        b, a = self.pop(), self.pop()
        self.stack.append(1 if a < b else 0)
    def op_STORE(self, name): self.vars[name] = self.pop()
    def op_LOAD(self, name):
        if name not in self.vars:
            raise VMError("undefined " + name, self.pc - 1)
        self.stack.append(self.vars[name])
    def op_JMP(self, target): self.pc = target
    def op_JZ(self, target):
        if self.pop() == 0:
            self.pc = target
    def op_CALL(self, target):
        self.calls.append(self.pc)
        self.pc = target
    def op_RET(self): self.pc = self.calls.pop()
    def op_PRINT(self): self.output.append(self.pop())
    def op_HALT(self): self.pc = len(self.program)


factorial = """
    push 1
    store acc
    push 6
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
prog = assemble(factorial)
print(prog[:6])
vm = VM(prog)
print(vm.run(), vm.steps, sorted(vm.vars.items()))

with_call = """
    push 3
    call square
    print
    push 12
    call square
    print
    halt
square:       # ( x -- x*x )
    dup
    mul
    ret
"""
print(VM(assemble(with_call)).run())
VM(assemble("push 2\npush 3\nswap\nsub\nprint"), trace=True).run()
for src in ["add", "push 1\npush 0\ndiv", "load x", "bogus", "top:\njmp top"]:
    try:
        VM(assemble(src)).run(max_steps=50)
    except VMError as e:
        print(type(e).__name__, e, e.pc)
