"""The application layer: one function per wizard step, Qt-free, called by both faces.

Each step takes plain inputs and a ``StepContext`` (cancel, progress) and returns findings with
what the face needs to show them; ``core.steps.diagnose`` composes them for the CLI,
the wizard's pages call them one by one.
"""
