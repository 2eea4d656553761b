"""Qt views that render what viewer/ describes."""
