print("ronten")
