# Alignment and truncation specs on strings.
s = "mid"
print(f"[{s:^10}] [{s:>8}] [{s:<8}] [{s:8}] [{s:-^9}] [{s:.2}] [{s:>5.1}]")
print(f"[{'':^4}] [{'toolong':3}] [{'é':>3}]")
w = 7
print(f"[{s:>{w}}] [{s:^{w + 2}}] [{3.14159:.{w - 4}f}]")
