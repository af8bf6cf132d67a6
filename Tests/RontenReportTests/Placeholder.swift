import Testing
@testable import RontenReport
