# The topology canvas benchmark (200 hosts to a fully drawn view).
