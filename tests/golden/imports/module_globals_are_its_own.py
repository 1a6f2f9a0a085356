import state

items = ["the script's own"]
print(state.add(3), state.add(4), state.total())
print(items, state.items)
state.items.append(10)
print(state.total())
state.items = [1]
print(state.total(), state.add(2))
