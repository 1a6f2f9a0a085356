raise RuntimeError('failing fails')
