class VMError(Exception):
    pass

class Instruction:
    def __init__(self, op, arg=None):
        self.op, self.arg = op, arg
    def __repr__(self):
        return self.op if self.arg is None else f"{self.op} {self.arg}"

class Assembler:
    @staticmethod
    def parse(src):
        prog, labels = [], {}
        for raw in src.strip().splitlines():
            line = raw.split(";")[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                labels[line[:-1]] = len(prog)
                continue
            parts = line.split()
            arg = parts[1] if len(parts) > 1 else None
            if arg is not None and arg.lstrip("-").isdigit():
                arg = int(arg)
            prog.append(Instruction(parts[0].upper(), arg))
        return prog, labels

class VM:
    def __init__(self, program, labels, trace=False):
        self.program, self.labels = program, labels
        self.stack, self.vars, self.out = [], {}, []
        self.pc = 0
        self.steps = 0
        self.trace = trace
    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()
    def run(self, max_steps=10_000):
        ops = {
            "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b,
            "MUL": lambda a, b: a * b, "DIV": lambda a, b: a // b,
            "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b),
        }
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded")
            ins = self.program[self.pc]
            self.pc += 1
            if self.trace:
                print(f"  {self.pc - 1:>3}: {ins!r:<12} {self.stack}")
            op = ins.op
            if op == "PUSH":
                self.stack.append(ins.arg)
            elif op in ops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(ops[op](a, b))
                except ZeroDivisionError:
                    raise VMError("division by zero") from None
            elif op == "STORE":
                self.vars[ins.arg] = self.pop()
            elif op == "LOAD":
                try:
                    self.stack.append(self.vars[ins.arg])
                except KeyError:
                    raise VMError(f"unknown var {ins.arg}")
            elif op == "JMP":
                self.pc = self.labels[ins.arg]
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = self.labels[ins.arg]
            elif op == "PRINT":
                self.out.append(self.pop())
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "HALT":
                break
            else:
                raise VMError(f"bad op {op}")
        return self.out

FACT = """
    push 1
    store acc
    push 6
    store n
loop:
    load n
    jz end        ; exit when n == 0
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
"""

def main():
    prog, labels = Assembler.parse(FACT)
    print(prog[:5], labels)
    vm = VM(prog, labels)
    print(vm.run(), vm.steps, vm.vars)
    small, lb = Assembler.parse("push 2\npush 3\nadd\ndup\nprint\nprint")
    print(VM(small, lb, trace=True).run())
    for src in ["add", "push 1\npush 0\ndiv", "load q", "frob", "l:\njmp l"]:
        try:
            VM(*Assembler.parse(src)).run(max_steps=50)
        except VMError as e:
            print("VMError:", e, "| cause:", e.__cause__, "| ctx:", type(e.__context__).__name__)

if __name__ == "__main__":
    main()
