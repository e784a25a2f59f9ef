"""Qt widgets. They call core code through workers and only present its results."""
