<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the compiler refuses, before it writes anything: unknown Schematron elements and attributes,
  and the ISO features it does not implement (include, abstract patterns and params, extends by
  href, pattern @documents, properties, group, library, let with content, phase-level let, XSLT
  elements other than xsl:key and xsl:function), and anything that would let a rules file read
  files, the network or the environment, or run code: calls of doc, document, unparsed-text, …
  (sc:unsafe-call) and xsl:evaluate, xsl:result-document, … inside functions (rule id
  rules-unsafe-function). Each stops the compile with a clear message.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  exclude-result-prefixes="#all">

  <!-- Attributes every Schematron element may carry (ISO 19757-3 §5.2; common, documentation only). -->
  <xsl:variable name="sc:common" as="xs:string*" select="('xml:lang', 'xml:space', 'xml:base', 'fpi', 'icon', 'see')"/>

  <!-- Supported elements and their own attributes. -->
  <xsl:variable name="sc:allowed" as="map(xs:string, xs:string*)" select="map{
    'schema': ('id', 'queryBinding', 'defaultPhase', 'schemaVersion'),
    'ns': ('prefix', 'uri'),
    'let': ('name', 'value', 'as'),
    'phase': ('id'),
    'active': ('pattern'),
    'pattern': ('id', 'role'),
    'rules': (),
    'rule': ('context', 'id', 'role', 'abstract', 'subject', 'flag'),
    'extends': ('rule'),
    'assert': ('test', 'id', 'role', 'diagnostics', 'subject', 'flag'),
    'report': ('test', 'id', 'role', 'diagnostics', 'subject', 'flag'),
    'diagnostics': (),
    'diagnostic': ('id', 'role'),
    'value-of': ('select'),
    'name': ('path'),
    'emph': (), 'dir': ('value'), 'span': ('class'),
    'title': (), 'p': ('id', 'class')
  }"/>

  <!-- Query bindings whose expressions this compiler passes to XSLT 3.0 unchanged. -->
  <xsl:variable name="sc:bindings" as="xs:string*" select="('xslt', 'xslt2', 'xslt3', 'xpath2', 'xpath3', 'xpath31')"/>

  <xsl:template match="sch:schema" mode="sc:check" as="empty-sequence()" priority="2">
    <xsl:if test="@queryBinding and not(lower-case(@queryBinding) = $sc:bindings)">
      <xsl:sequence select="sc:fail(@queryBinding, 'Unexpected queryBinding `' || @queryBinding || '`, expected one of: ' || string-join($sc:bindings, ', '))"/>
    </xsl:if>
    <xsl:for-each-group select=".//sch:pattern/@id" group-by="string()">
      <xsl:if test="count(current-group()) gt 1">
        <xsl:sequence select="sc:fail(., 'Unexpected duplicate pattern id `' || . || '`, expected each pattern id once')"/>
      </xsl:if>
    </xsl:for-each-group>
    <xsl:for-each-group select="sch:let | sch:pattern/sch:let" group-by="string(@name)">
      <xsl:if test="count(current-group()) gt 1">
        <xsl:sequence select="sc:fail(., 'Unexpected second schema or pattern variable `$' || @name || '`, expected each such name once (they are global)')"/>
      </xsl:if>
    </xsl:for-each-group>
    <xsl:sequence select="sc:active-patterns(., $phase)[false()]"/>
    <xsl:for-each select=".//sch:*/(@test | @context | @value | @select | @path | @subject) | .//xsl:*/@* | .//xsl:function//*/@*">
      <xsl:variable name="call" as="xs:string?" select="sc:unsafe-call(., ..)"/>
      <xsl:if test="exists($call)">
        <xsl:sequence select="sc:fail(., 'Unexpected call to `' || $call || '` in the rules, expected no function that reads files, the network or the environment, or runs code (rules-unsafe-function)')"/>
      </xsl:if>
    </xsl:for-each>
    <xsl:for-each select=".//(xsl:evaluate | xsl:result-document | xsl:source-document | xsl:merge-source | xsl:import-schema)">
      <xsl:sequence select="sc:fail(., 'Unexpected `' || name() || '` in the rules, expected no instruction that reads or writes files or evaluates text as XPath (rules-unsafe-function)')"/>
    </xsl:for-each>
    <xsl:next-match/>
  </xsl:template>

  <!-- Functions a rules file may not call (XPath F&O 3.1, XSLT 3.0 `document`, `transform`). -->
  <xsl:variable name="sc:unsafe-functions" as="xs:string*" select="('doc', 'document', 'doc-available', 'unparsed-text',
    'unparsed-text-lines', 'unparsed-text-available', 'json-doc', 'collection', 'uri-collection', 'environment-variable',
    'available-environment-variables', 'function-lookup', 'transform', 'load-xquery-module')"/>

  <!--
    The first call (or named function reference, `doc#1`) in an XPath expression of a function a
    rules file may not use, or nothing: one of $sc:unsafe-functions in the standard function
    namespace (unprefixed, `fn:` or any prefix bound to it, `Q{…}`), or any function of Saxon's
    namespaces (`js:`, `ixsl:`, `saxon:`), which reach JavaScript and the host. String literals
    and comments are removed first; names are read whole, so `my-doc(` and `$doc(` are not calls
    of `doc`.
    $xpath: the expression (or attribute value template).
    $at: the element that holds it, for its in-scope prefixes.
  -->
  <xsl:function name="sc:unsafe-call" as="xs:string?">
    <xsl:param name="xpath" as="xs:string"/>
    <xsl:param name="at" as="element()"/>
    <xsl:variable name="fn" as="xs:string" select="'http://www.w3.org/2005/xpath-functions'"/>
    <xsl:variable name="code" as="xs:string" select="replace($xpath, '&quot;[^&quot;]*&quot;|''[^'']*''|\(:.*?:\)', ' ', 's')"/>
    <xsl:variable name="calls" as="xs:string*">
      <xsl:analyze-string select="$code" regex="(\$?)(Q\{{([^}}]*)\}}|([\p{{L}}_][\w.\-]*):)?([\p{{L}}_][\w.\-]*)\s*[(#]">
        <xsl:matching-substring>
          <xsl:variable name="prefix" as="xs:string" select="regex-group(4)"/>
          <xsl:variable name="uri" as="xs:string?" select="if (regex-group(3) or starts-with(regex-group(2), 'Q{')) then regex-group(3)
            else if ($prefix = '') then $fn
            else (root($at)/sch:schema/sch:ns[@prefix = $prefix]/@uri, namespace-uri-for-prefix($prefix, $at), $fn[$prefix = 'fn'])[1]"/>
          <xsl:if test="regex-group(1) = '' and (($uri = $fn and regex-group(5) = $sc:unsafe-functions)
            or starts-with($uri, 'http://saxonica.com/') or starts-with($uri, 'http://saxon.sf.net/'))">
            <xsl:sequence select="regex-group(2) || regex-group(5)"/>
          </xsl:if>
        </xsl:matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="$calls[1]"/>
  </xsl:function>

  <xsl:template match="sch:*" mode="sc:check" as="empty-sequence()">
    <xsl:variable name="own" as="xs:string*" select="$sc:allowed(local-name())"/>
    <xsl:if test="not(map:contains($sc:allowed, local-name()))" xmlns:map="http://www.w3.org/2005/xpath-functions/map">
      <xsl:sequence select="sc:fail(., 'Unsupported Schematron element `sch:' || local-name() || '`' || sc:hint(local-name()))"/>
    </xsl:if>
    <xsl:for-each select="@*[not(name() = ($own, $sc:common))]">
      <xsl:sequence select="sc:fail(., 'Unsupported attribute `' || name() || '` on `sch:' || local-name(..) || '`' || sc:hint(name()))"/>
    </xsl:for-each>
    <xsl:apply-templates select="*" mode="sc:check"/>
  </xsl:template>

  <xsl:template match="sch:title | sch:p" mode="sc:check" as="empty-sequence()" priority="1"/>

  <xsl:template match="sch:let" mode="sc:check" as="empty-sequence()" priority="1">
    <xsl:if test="not(@value)">
      <xsl:sequence select="sc:fail(., 'Unsupported `sch:let` without `@value`, expected `@value` (element content is not supported)')"/>
    </xsl:if>
    <xsl:if test="parent::sch:phase">
      <xsl:sequence select="sc:fail(., 'Unsupported `sch:let` in a phase, expected it in the schema, a pattern or a rule')"/>
    </xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="sch:rule[@abstract = 'true']" mode="sc:check" as="empty-sequence()" priority="1">
    <xsl:if test="not(@id) or @context">
      <xsl:sequence select="sc:fail(., 'Unexpected abstract rule without `@id` or with `@context`, expected `@id` and no `@context`')"/>
    </xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="sch:rule[not(@abstract = 'true')]" mode="sc:check" as="empty-sequence()" priority="1">
    <xsl:if test="not(@context)">
      <xsl:sequence select="sc:fail(., 'Unexpected rule without `@context`, expected `@context`')"/>
    </xsl:if>
    <xsl:if test="parent::sch:rules">
      <xsl:sequence select="sc:fail(., 'Unexpected concrete rule in `sch:rules`, expected only abstract rules there')"/>
    </xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="sch:extends" mode="sc:check" as="empty-sequence()" priority="1">
    <xsl:if test="@href">
      <xsl:sequence select="sc:fail(., 'Unsupported `sch:extends/@href`, expected `@rule` naming an abstract rule of this schema')"/>
    </xsl:if>
    <xsl:if test="not(root()//sch:rule[@abstract = 'true'][@id = current()/@rule])">
      <xsl:sequence select="sc:fail(., 'Unexpected `sch:extends rule=&quot;' || @rule || '&quot;`, expected the id of an abstract rule')"/>
    </xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="sch:assert | sch:report" mode="sc:check" as="empty-sequence()" priority="1">
    <xsl:variable name="known" as="xs:string*" select="root()//sch:diagnostic/@id ! string()"/>
    <xsl:variable name="check" as="element()" select="."/>
    <xsl:for-each select="tokenize(@diagnostics)[not(. = $known)]">
      <xsl:sequence select="sc:fail($check, 'Unexpected diagnostic reference `' || . || '`, expected the id of an `sch:diagnostic`')"/>
    </xsl:for-each>
    <xsl:if test="not(@test)">
      <xsl:sequence select="sc:fail(., 'Unexpected `sch:' || local-name() || '` without `@test`')"/>
    </xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="sch:schema/xsl:key | sch:schema/xsl:function" mode="sc:check" as="empty-sequence()"/>

  <xsl:template match="xsl:*" mode="sc:check" as="empty-sequence()">
    <xsl:sequence select="sc:fail(., 'Unsupported XSLT element `' || name() || '`, expected only `xsl:key` and `xsl:function` as children of `sch:schema`')"/>
  </xsl:template>

  <!-- Foreign elements carry no Schematron semantics (ISO 19757-3 §5.5): skipped. -->
  <xsl:template match="*" mode="sc:check" as="empty-sequence()" priority="-1"/>

  <!-- What to do instead, for the ISO features that are refused. -->
  <xsl:function name="sc:hint" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="(map{
      'include': ' (inline the included file)',
      'param': ' (abstract patterns are not supported; write the pattern out)',
      'abstract': ' (abstract patterns are not supported; write the pattern out)',
      'is-a': ' (abstract patterns are not supported; write the pattern out)',
      'documents': ' (rules apply to the validated document only)',
      'properties': ' (properties are not supported)',
      'property': ' (properties are not supported)',
      'group': ' (use `sch:pattern`)',
      'library': ' (put the rules in the schema)',
      'visit-each': ' (not supported)'
    }($name), '')[1]"/>
  </xsl:function>
</xsl:stylesheet>
