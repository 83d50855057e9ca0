package markdown

import (
	"bytes"
	"fmt"

	"github.com/followup/followup/generator/diag"
)

// MaxNesting is how deep markdown may nest: block quotes and list items
// within each other, and the brackets and parentheses of links within a
// paragraph. Past it the parser's work grows with the square of the depth
// (64,000 list markers, 200,000 ">" or 100,000 "[a](" took 35 to 45 s), and
// no page needs a hundred levels: deeper input is refused, at its line,
// before it is parsed.
const MaxNesting = 100

// checkNesting returns an error at the first line of src that nests past
// MaxNesting. Fenced code is not markdown and is not counted.
func checkNesting(src []byte) error {
	var fence []byte // the open code fence's marker
	n := 0
	manyBrackets := brackets(src) > MaxNesting
	for line := range bytes.Lines(src) {
		n++
		line = trimEnd(line)
		trimmed := trimIndent(line)
		switch {
		case fence != nil:
			if bytes.HasPrefix(trimmed, fence) {
				fence = nil
			}
		case bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")):
			fence = trimmed[:3]
		default:
			if d := containers(line); d > MaxNesting {
				return nestingError(n, d, "block quotes and lists")
			}
			if !manyBrackets || brackets(line) <= MaxNesting {
				continue // too few to nest too deep
			}
			if d := bracketDepth(line); d > MaxNesting {
				return nestingError(n, d, "brackets and parentheses, as in links within links")
			}
		}
	}
	return nil
}

// brackets counts the [ and ( in b, the most it can have open at once:
// counting them is much faster than following them (bracketDepth).
func brackets(b []byte) int {
	return bytes.Count(b, []byte("[")) + bytes.Count(b, []byte("("))
}

// trimEnd is bytes.TrimRight(line, "\r\n"), and trimIndent
// bytes.TrimLeft(line, " \t>"), without the cutset's set built per line: a
// page of short lines spent most of the check there.
func trimEnd(line []byte) []byte {
	for len(line) > 0 && (line[len(line)-1] == '\n' || line[len(line)-1] == '\r') {
		line = line[:len(line)-1]
	}
	return line
}

func trimIndent(line []byte) []byte {
	for len(line) > 0 && (line[0] == ' ' || line[0] == '\t' || line[0] == '>') {
		line = line[1:]
	}
	return line
}

func nestingError(line, depth int, what string) error {
	return &diag.Error{Line: line, Msg: fmt.Sprintf("markdown nested %d levels deep (%s), more than the %d it may: flatten it, or put it in a code block", depth, what, MaxNesting)}
}

// containers counts the block quote and list markers a line opens with.
func containers(line []byte) int {
	depth, i := 0, 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		switch {
		case i < len(line) && line[i] == '>':
			i++
		case i+1 < len(line) && (line[i] == '-' || line[i] == '+' || line[i] == '*') && (line[i+1] == ' ' || line[i+1] == '\t'):
			i += 2
		default:
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == i || j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || (line[j+1] != ' ' && line[j+1] != '\t') {
				return depth
			}
			i = j + 2
		}
		depth++
	}
}

// bracketDepth returns the most [ and ( a line has open at once. A
// backslash escapes, and code spans are not counted.
func bracketDepth(line []byte) int {
	open, deepest := 0, 0
	inCode := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\':
			i++
		case c == '`':
			inCode = !inCode
		case inCode:
		case c == '[' || c == '(':
			open++
			deepest = max(deepest, open)
		case (c == ']' || c == ')') && open > 0:
			open--
		}
	}
	return deepest
}
