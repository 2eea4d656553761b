"""Charts drawn by pyqtgraph: axes, marks, the whole figure, and its view in the window."""
