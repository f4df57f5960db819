"""local_store"""
