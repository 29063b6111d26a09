<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which nodes a pattern's entry template hands to the pattern's mode. Matching stays with the rule
  templates (XSLT 3.0 §5.5.3: a node matches a pattern P when it is in root()//(P)); this module
  only narrows the candidates so that the document is not walked once per rule: a context whose
  last step names an element is looked up by local name in a map of the elements; one whose last
  step names an attribute takes that attribute of the elements that a map of attribute owners
  lists under its local name; a wildcard step that asks only for attributes (`*[@from or @to]`)
  takes the owners of those attributes; other relative paths are selected as //P, absolute ones and
  those rooted in a variable (`$suspects`, XSLT 3.0 §5.5.2) as P. Both maps are keyed by `#` and the local name, built once per run and shared by all patterns:
  the validator walks the tree in JavaScript and passes them in (src/schematron/node-index.ts);
  without them the stylesheet groups the nodes itself (emit.xsl). (Measured on SaxonJS 2.7: an
  xsl:key over all elements costs several times the grouping, one //name per rule adds up, //@*
  costs half as much again as //* ! @*, and the maps built in JavaScript save about 0.5 s of the
  rules' 5 s on a 10 MB document.)
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  exclude-result-prefixes="#all">

  <!-- Names of the two maps in the generated stylesheet: `#` and a local name → the elements of that
       name, or the elements that carry an attribute of that name, in document order (the rule
       templates still test the namespace). -->
  <xsl:variable name="sc:elements-index" as="xs:string" select="'Q{urn:teikit:diagnostic}elements'"/>
  <xsl:variable name="sc:owners-index" as="xs:string" select="'Q{urn:teikit:diagnostic}attribute-owners'"/>

  <!--
    An expression selecting (a superset of) the nodes that the rules of a pattern can match. When
    every alternative is an index lookup, the distinct lookups are concatenated: they hold nodes of
    different names, so no node comes twice and no sort into document order is needed (diagnostics
    are sorted by position afterwards). Otherwise the alternatives are combined with a union.
  -->
  <xsl:function name="sc:candidates" as="xs:string">
    <xsl:param name="rules" as="element(sch:rule)*"/>
    <xsl:variable name="all" as="xs:string*" select="$rules ! (for $alt in sc:split-top(normalize-space(@context), '|')
      return sc:candidate(normalize-space($alt), .))"/>
    <xsl:sequence select="if (every $c in $all satisfies starts-with($c, '$'))
      then '(' || string-join(distinct-values($all), ', ') || ')'
      else string-join($all, ' | ')"/>
  </xsl:function>

  <xsl:function name="sc:candidate" as="xs:string">
    <xsl:param name="alt" as="xs:string"/>
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:variable name="last" as="xs:string" select="replace(normalize-space((sc:split-top($alt, '/')[last()], '')[1]), '^child::', '')"/>
    <xsl:variable name="test" as="xs:string" select="replace(replace($last, '^attribute::', '@'), '\[.*$', '', 's')"/>
    <xsl:variable name="name" as="xs:string" select="replace($test, '^@', '')"/>
    <xsl:variable name="uri" as="xs:string?" select="sc:uri($name, $rule)"/>
    <xsl:variable name="attributes" as="xs:string*" select="sc:attribute-test($last)"/>
    <xsl:choose>
      <xsl:when test="exists($attributes)">
        <xsl:sequence select="'(' || string-join(distinct-values($attributes) ! sc:lookup($sc:owners-index, .), ' | ') || ')'"/>
      </xsl:when>
      <xsl:when test="$name ne '' and count(tokenize($name, ':')) le 2 and (every $part in tokenize($name, ':') satisfies $part castable as xs:NCName) and exists($uri)">
        <xsl:variable name="local" as="xs:string" select="replace($name, '^.*:', '')"/>
        <xsl:sequence select="if (starts-with($test, '@'))
          then sc:lookup($sc:owners-index, $local) || ' ! @*[local-name() eq ''' || $local || ''']'
          else sc:lookup($sc:elements-index, $local)"/>
      </xsl:when>
      <xsl:when test="starts-with($alt, '/') or starts-with($alt, '$')">
        <xsl:sequence select="'(' || $alt || ')'"/>
      </xsl:when>
      <xsl:when test="matches($alt, '^(\.|\(|document-node\s*\()') or contains($alt, 'document-node(')">
        <xsl:sequence select="'(/, //node(), //@*)'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="'(//' || $alt || ')'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A lookup in one of the two maps: `$map('#local')`. -->
  <xsl:function name="sc:lookup" as="xs:string">
    <xsl:param name="index" as="xs:string"/>
    <xsl:param name="local" as="xs:string"/>
    <xsl:sequence select="'$' || $index || '(''#' || $local || ''')'"/>
  </xsl:function>

  <!--
    The local names of the attributes in a step that names no element and whose only predicate
    asks for one of some attributes (`*[@from or @to]`, `tei:*[@notBefore]`); empty otherwise.
    Such a step can only match parents of those attributes, which the attribute map lists, instead
    of every element of the document.
  -->
  <xsl:function name="sc:attribute-test" as="xs:string*">
    <xsl:param name="step" as="xs:string"/>
    <xsl:variable name="wildcard" as="xs:boolean" select="matches($step, '^(\*|[\i-[:]][\c-[:]]*:\*)\s*\[[^\[\]]*\]$')"/>
    <xsl:variable name="tests" as="xs:string*" select="if ($wildcard) then tokenize(normalize-space(replace($step, '^[^\[]*\[|\]$', '')), ' or ') else ()"/>
    <xsl:sequence select="if (exists($tests) and (every $t in $tests satisfies matches($t, '^@([\i-[:]][\c-[:]]*:)?[\i-[:]][\c-[:]]*$')))
      then $tests ! replace(., '^@([^:]*:)?', '') else ()"/>
  </xsl:function>

  <!-- The namespace of a lexical QName: from sch:ns, xml, or none; empty when the prefix is unknown. -->
  <xsl:function name="sc:uri" as="xs:string?">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:variable name="prefix" as="xs:string" select="substring-before($name, ':')"/>
    <xsl:sequence select="if ($prefix = '') then ''
      else if ($prefix = 'xml') then 'http://www.w3.org/XML/1998/namespace'
      else (root($rule)/sch:schema/sch:ns[@prefix = $prefix]/string(@uri))[1]"/>
  </xsl:function>

  <!-- Splits an expression at a separator character that stands outside brackets, parentheses and strings. -->
  <xsl:function name="sc:split-top" as="xs:string*">
    <xsl:param name="expr" as="xs:string"/>
    <xsl:param name="sep" as="xs:string"/>
    <xsl:variable name="tokens" as="xs:string*">
      <xsl:analyze-string select="$expr" regex="'[^']*'|&quot;[^&quot;]*&quot;|\{{[^}}]*\}}|[\[\]()|/]|[^'&quot;\[\]()|/{{]+">
        <xsl:matching-substring><xsl:sequence select="."/></xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:iterate select="$tokens">
      <xsl:param name="depth" as="xs:integer" select="0"/>
      <xsl:param name="current" as="xs:string" select="''"/>
      <xsl:on-completion>
        <xsl:sequence select="$current"/>
      </xsl:on-completion>
      <xsl:choose>
        <xsl:when test=". = $sep and $depth = 0">
          <xsl:sequence select="$current"/>
          <xsl:next-iteration><xsl:with-param name="current" select="''"/></xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="depth" select="$depth + (if (. = ('[', '(')) then 1 else if (. = (']', ')')) then -1 else 0)"/>
            <xsl:with-param name="current" select="$current || ."/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>
</xsl:stylesheet>
