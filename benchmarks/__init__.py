"""Benchmarks of openinfra_model beside its peers: ``python -m benchmarks`` runs them all."""
