"""Demo mode: a fake CertCentral that help-desk staff can train on, clearly marked as a demo."""
