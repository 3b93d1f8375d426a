"""Data files of hangzhou-kg (ontology, shapes, lexicon), installed as the package ``kg.ontology``."""
