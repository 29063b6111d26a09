<?xml version="1.0" encoding="UTF-8"?>
<!--
  Rules, asserts and reports (ISO 19757-3 §5.4.1, §5.4.12, §5.4.14). A rule becomes a template of
  its pattern's mode; rule-level sch:let become local variables; an abstract rule named by
  sch:extends contributes its lets and checks in place. A failed assert or a successful report
  writes one ed:diagnostic.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  xmlns:axsl="urn:teikit:axsl"
  xmlns:ed="urn:teikit:diagnostic"
  exclude-result-prefixes="#all">

  <xsl:template match="sch:rule" mode="sc:rule" as="element()">
    <xsl:variable name="rules" as="element(sch:rule)*" select="../sch:rule[not(@abstract = 'true')]"/>
    <xsl:variable name="position" as="xs:integer" select="count(preceding-sibling::sch:rule[not(@abstract = 'true')]) + 1"/>
    <axsl:template match="{@context}" mode="{sc:mode(..)}" priority="{count($rules) - $position}">
      <xsl:apply-templates select="*" mode="sc:rule">
        <xsl:with-param name="rule" select="." tunnel="yes"/>
        <xsl:with-param name="visited" select="()" tunnel="yes"/>
      </xsl:apply-templates>
    </axsl:template>
  </xsl:template>

  <xsl:template match="sch:let" mode="sc:rule" as="element()">
    <axsl:variable name="{@name}" select="{@value}">
      <xsl:sequence select="@as"/>
    </axsl:variable>
  </xsl:template>

  <xsl:template match="sch:extends" mode="sc:rule" as="element()*">
    <xsl:param name="visited" as="xs:string*" tunnel="yes"/>
    <xsl:if test="@rule = $visited">
      <xsl:sequence select="sc:fail(., 'Unexpected cycle of `sch:extends` through `' || @rule || '`')"/>
    </xsl:if>
    <xsl:apply-templates select="(root()//sch:rule[@abstract = 'true'][@id = current()/@rule])[1]/*" mode="sc:rule">
      <xsl:with-param name="visited" select="($visited, string(@rule))" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="sch:title | sch:p | *[not(self::sch:*)]" mode="sc:rule" as="empty-sequence()"/>

  <xsl:template match="sch:assert" mode="sc:rule" as="element()">
    <xsl:param name="rule" as="element(sch:rule)" tunnel="yes"/>
    <axsl:if test="not({@test})">
      <xsl:sequence select="sc:diagnostic(., $rule)"/>
    </axsl:if>
  </xsl:template>

  <xsl:template match="sch:report" mode="sc:rule" as="element()">
    <xsl:param name="rule" as="element(sch:rule)" tunnel="yes"/>
    <axsl:if test="{@test}">
      <xsl:sequence select="sc:diagnostic(., $rule)"/>
    </axsl:if>
  </xsl:template>

  <!--
    The diagnostic element: rule (the pattern id of the rule that fired), id (the assert's own id),
    severity, path (fn:path() of @subject, else of the context node), see, and the message.
  -->
  <xsl:function name="sc:diagnostic" as="element(ed:diagnostic)">
    <xsl:param name="check" as="element()"/>
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:variable name="subject" as="xs:string?" select="($check/@subject, $rule/@subject)[1]"/>
    <ed:diagnostic rule="{sc:pattern-id($rule/..)}" severity="{sc:severity($check)}">
      <xsl:if test="$check/@id">
        <xsl:attribute name="id" select="$check/@id"/>
      </xsl:if>
      <xsl:for-each select="($check/@see, $rule/@see, $rule/../@see)[1]">
        <xsl:attribute name="see" select="replace(replace(., '\{', '{{'), '\}', '}}')"/>
      </xsl:for-each>
      <axsl:attribute name="path" select="{if ($subject) then 'path((' || $subject || ')[1])' else 'path()'}"/>
      <xsl:apply-templates select="$check/node()" mode="sc:message"/>
      <xsl:for-each select="tokenize($check/@diagnostics)">
        <axsl:text xml:space="preserve"> </axsl:text>
        <xsl:apply-templates select="(root($check)//sch:diagnostic[@id = current()])[1]/node()" mode="sc:message"/>
      </xsl:for-each>
    </ed:diagnostic>
  </xsl:function>
</xsl:stylesheet>
