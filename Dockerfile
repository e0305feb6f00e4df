# Practice Assurance application image.
#   docker build -t practice-assurance .        (or: docker compose build app)
# Build stage: the `production` Maven profile compiles the Vaadin frontend bundle (the Vaadin
# plugin fetches Node.js itself if the image has none) and packages the Spring Boot jar.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# Wrapper and POM first so the dependency layer is reused while only sources change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw \
 && (./mvnw -B -q -Pproduction -DskipTests dependency:go-offline || echo "dependency pre-fetch incomplete; package will fetch the rest")

COPY . .
RUN chmod +x mvnw && ./mvnw -B -Pproduction -DskipTests package


FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 pa \
 && useradd --system --uid 10001 --gid pa --home-dir /app --no-create-home --shell /usr/sbin/nologin pa \
 && mkdir -p /app \
 && chown pa:pa /app
WORKDIR /app

COPY --from=build --chown=pa:pa /src/target/*.jar /app/app.jar

USER 10001:10001
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
