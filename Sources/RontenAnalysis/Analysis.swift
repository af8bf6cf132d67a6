import RontenCore
