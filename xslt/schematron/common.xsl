<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared functions of the Schematron compiler: errors, severities, ids, active patterns. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  exclude-result-prefixes="#all">

  <!-- Stops the compiler with a message naming the offending node by its path. -->
  <xsl:function name="sc:fail" as="empty-sequence()">
    <xsl:param name="at" as="node()?"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:sequence select="error(QName('urn:teikit:schematron', 'sc:unsupported'),
      $message || (if ($at) then ' (at ' || sc:where($at) || ')' else ''))"/>
  </xsl:function>

  <!-- A readable location of a schema node: its path of names, with the pattern or rule id. -->
  <xsl:function name="sc:where" as="xs:string">
    <xsl:param name="at" as="node()"/>
    <xsl:sequence select="string-join(
      for $n in $at/ancestor-or-self::node()[self::* or self::attribute()]
      return (if ($n instance of attribute()) then '@' else '') || name($n)
        || (if ($n/@id) then '[@id=''' || $n/@id || ''']' else ''), '/')"/>
  </xsl:function>

  <!-- The severity of an assert or report: its @role, else its rule's, else its pattern's; error by default. -->
  <xsl:function name="sc:severity" as="xs:string">
    <xsl:param name="check" as="element()"/>
    <xsl:variable name="role" as="attribute()?" select="($check/@role, $check/ancestor::sch:rule[1]/@role,
      $check/ancestor::sch:pattern[1]/@role)[1]"/>
    <xsl:variable name="r" as="xs:string" select="lower-case(normalize-space($role))"/>
    <xsl:choose>
      <xsl:when test="empty($role) or $r = ('error', 'fatal')">error</xsl:when>
      <xsl:when test="$r = ('warning', 'warn')">warning</xsl:when>
      <xsl:when test="$r = ('info', 'information')">info</xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="sc:fail($role, 'Unexpected role `' || $role || '`, expected `error`, `fatal`, `warning` or `info`')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The rule id that diagnostics of a pattern carry: its @id, else pattern-N. -->
  <xsl:function name="sc:pattern-id" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="string(($pattern/@id,
      'pattern-' || count($pattern/preceding::sch:pattern) + 1)[1])"/>
  </xsl:function>

  <!-- The patterns of the chosen phase (ISO 19757-3 §5.4.9, §6.5). -->
  <xsl:function name="sc:active-patterns" as="element(sch:pattern)*">
    <xsl:param name="schema" as="element(sch:schema)"/>
    <xsl:param name="phase" as="xs:string"/>
    <xsl:variable name="chosen" as="xs:string"
      select="if ($phase = '#DEFAULT') then string(($schema/@defaultPhase, '#ALL')[1]) else $phase"/>
    <xsl:variable name="phase-el" as="element(sch:phase)*" select="$schema/sch:phase[@id = $chosen]"/>
    <xsl:choose>
      <xsl:when test="$chosen = '#ALL'">
        <xsl:sequence select="$schema/sch:pattern"/>
      </xsl:when>
      <xsl:when test="empty($phase-el)">
        <xsl:sequence select="sc:fail($schema, 'Unexpected phase `' || $chosen || '`, expected `#ALL` or one of: '
          || (string-join($schema/sch:phase/@id, ', '), 'none declared')[. ne ''][1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$schema/sch:pattern[@id = $phase-el/sch:active/@pattern]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
