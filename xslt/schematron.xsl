<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's ISO Schematron compiler (ISO/IEC 19757-3): turns a schema whose query binding is XSLT
  into an XSLT 3.0 stylesheet. The generated stylesheet, run on a document, returns one
  <ed:report> holding an <ed:diagnostic> (namespace urn:teikit:diagnostic) for each failed assert
  and each successful report, with the pattern id, the severity (from @role), the fn:path() of the
  node, the assert's own id and the message. Unsupported constructs stop the compiler with an error
  (code Q{urn:teikit:schematron}unsupported) instead of being ignored.

  Modules: schematron/check.xsl (what is refused), schematron/emit.xsl (the stylesheet),
  schematron/candidates.xsl (which nodes each pattern visits),
  schematron/rules.xsl (rules, asserts and reports), schematron/message.xsl (message text).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  exclude-result-prefixes="#all">

  <xsl:include href="schematron/common.xsl"/>
  <xsl:include href="schematron/check.xsl"/>
  <xsl:include href="schematron/emit.xsl"/>
  <xsl:include href="schematron/candidates.xsl"/>
  <xsl:include href="schematron/rules.xsl"/>
  <xsl:include href="schematron/message.xsl"/>

  <!-- The phase to compile: #DEFAULT (the schema's @defaultPhase, else #ALL), #ALL, or a phase id. -->
  <xsl:param name="phase" as="xs:string" select="'#DEFAULT'"/>

  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>

  <xsl:mode on-no-match="fail"/>
  <xsl:mode name="sc:check" on-no-match="fail"/>
  <xsl:mode name="sc:emit" on-no-match="fail"/>
  <xsl:mode name="sc:rule" on-no-match="fail"/>
  <xsl:mode name="sc:message" on-no-match="fail"/>

  <xsl:template match="/" as="element()">
    <xsl:variable name="schema" as="element(sch:schema)?" select="sch:schema"/>
    <xsl:if test="empty($schema)">
      <xsl:sequence select="sc:fail(*, 'Unexpected root element `' || name(*) || '`, expected `sch:schema` in namespace `http://purl.oclc.org/dsdl/schematron`')"/>
    </xsl:if>
    <xsl:apply-templates select="$schema" mode="sc:check"/>
    <xsl:apply-templates select="$schema" mode="sc:emit"/>
  </xsl:template>
</xsl:stylesheet>
